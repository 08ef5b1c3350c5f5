/** Product catalogue of the sample supplier (name, list unit price). */
export interface Product {
  name: string;
  price: number;
}

export const PRODUCTS: readonly Product[] = [
  { name: 'ABS 塑膠粒 (25kg)', price: 1850 },
  { name: 'PP 塑膠粒 (25kg)', price: 1420 },
  { name: 'PVC 軟管 20mm', price: 36.5 },
  { name: '不鏽鋼螺絲 M6×20', price: 2.8 },
  { name: '不鏽鋼螺帽 M6', price: 1.2 },
  { name: '鋁板 1.5mm (1220×2440)', price: 2680 },
  { name: '冷軋鋼捲 (噸)', price: 28500 },
  { name: '銅線 2.0mm (kg)', price: 315 },
  { name: '電源供應器 65W', price: 420 },
  { name: '電源供應器 120W', price: 760 },
  { name: 'PCB 基板 FR-4', price: 58 },
  { name: '積層陶瓷電容 (千顆)', price: 95 },
  { name: '連接器 20Pin', price: 12.6 },
  { name: 'LED 燈條 5m', price: 185 },
  { name: '散熱風扇 80mm', price: 64 },
  { name: '軸承 6204ZZ', price: 48 },
  { name: '傳動皮帶 A-42', price: 135 },
  { name: '液壓油 46號 (20L)', price: 1650 },
  { name: '切削液 (20L)', price: 2100 },
  { name: '工業手套 (打)', price: 96 },
  { name: '包裝紙箱 A3', price: 18.5 },
  { name: '氣泡布 (捲)', price: 380 },
  { name: '棧板 1100×1100', price: 450 },
  { name: '標籤貼紙 (千張)', price: 260 },
  { name: '食品級包裝袋 (千個)', price: 890 },
  { name: '棉紗 32S (包)', price: 5200 },
  { name: '聚酯布料 (碼)', price: 72 },
  { name: '環氧樹脂 (kg)', price: 265 },
  { name: '溶劑 IPA (18L)', price: 1280 },
  { name: '水泥 (包)', price: 165 },
];
