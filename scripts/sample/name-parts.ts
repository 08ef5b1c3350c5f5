/** Word lists the customer identities are composed from. */

export interface Place {
  prefix: string; // used in the company name, e.g. 新竹
  city: string; // used in the address, e.g. 新竹市
  districts: readonly string[];
  phoneArea: string;
  region: 'TW' | 'CN';
}

export const PLACES: readonly Place[] = [
  { prefix: '台北', city: '台北市', districts: ['信義區', '內湖區', '中山區', '大安區', '松山區'], phoneArea: '02', region: 'TW' },
  { prefix: '新北', city: '新北市', districts: ['板橋區', '新莊區', '三重區', '汐止區', '土城區'], phoneArea: '02', region: 'TW' },
  { prefix: '桃園', city: '桃園市', districts: ['中壢區', '龜山區', '蘆竹區', '平鎮區'], phoneArea: '03', region: 'TW' },
  { prefix: '新竹', city: '新竹市', districts: ['東區', '北區', '香山區'], phoneArea: '03', region: 'TW' },
  { prefix: '台中', city: '台中市', districts: ['西屯區', '南屯區', '大里區', '太平區', '豐原區'], phoneArea: '04', region: 'TW' },
  { prefix: '彰化', city: '彰化縣', districts: ['彰化市', '鹿港鎮', '和美鎮'], phoneArea: '04', region: 'TW' },
  { prefix: '台南', city: '台南市', districts: ['永康區', '安平區', '仁德區', '新營區'], phoneArea: '06', region: 'TW' },
  { prefix: '高雄', city: '高雄市', districts: ['前鎮區', '三民區', '鳳山區', '楠梓區', '小港區'], phoneArea: '07', region: 'TW' },
  { prefix: '上海', city: '上海市', districts: ['浦東新區', '閔行區', '嘉定區', '松江區'], phoneArea: '021', region: 'CN' },
  { prefix: '深圳', city: '廣東省深圳市', districts: ['南山區', '寶安區', '龍崗區', '福田區'], phoneArea: '0755', region: 'CN' },
  { prefix: '蘇州', city: '江蘇省蘇州市', districts: ['工業園區', '吳中區', '相城區', '昆山市'], phoneArea: '0512', region: 'CN' },
  { prefix: '東莞', city: '廣東省東莞市', districts: ['長安鎮', '虎門鎮', '松山湖', '塘廈鎮'], phoneArea: '0769', region: 'CN' },
  { prefix: '廈門', city: '福建省廈門市', districts: ['思明區', '湖里區', '集美區'], phoneArea: '0592', region: 'CN' },
  { prefix: '寧波', city: '浙江省寧波市', districts: ['北侖區', '鄞州區', '慈溪市'], phoneArea: '0574', region: 'CN' },
];

export const CORE_WORDS: readonly string[] = [
  '宏達', '建興', '永信', '大同', '聯發', '華新', '鴻源', '正隆', '長榮', '國泰',
  '信昌', '福懋', '台興', '勝豐', '金利', '新光', '振宇', '東元', '裕隆', '和泰',
  '三聯', '泰山', '德昌', '嘉新', '永豐', '昇陽', '瑞展', '恆通', '佳能', '富邦',
  '合勤', '威盛', '萬海', '致遠', '明泰', '冠軍', '全興', '協和', '順發', '榮成',
  '隆昌', '億豐', '群益', '祥瑞', '鼎新', '晶華', '立達', '同益', '海陸', '百福',
];

export interface Industry {
  suffix: string; // in the company name
  trade: string; // 業種 column
}

export const INDUSTRIES: readonly Industry[] = [
  { suffix: '電子', trade: '電子零組件' },
  { suffix: '科技', trade: '電腦及周邊' },
  { suffix: '機械', trade: '機械設備' },
  { suffix: '塑膠', trade: '塑膠製品' },
  { suffix: '貿易', trade: '進出口貿易' },
  { suffix: '食品', trade: '食品加工' },
  { suffix: '紡織', trade: '紡織成衣' },
  { suffix: '化工', trade: '化學材料' },
  { suffix: '五金', trade: '五金製品' },
  { suffix: '印刷', trade: '印刷包裝' },
  { suffix: '建材', trade: '建築材料' },
  { suffix: '物流', trade: '運輸倉儲' },
  { suffix: '精密', trade: '精密加工' },
  { suffix: '實業', trade: '綜合製造' },
];

/** Legal forms with rough relative frequencies (repeat = more often). */
export const LEGAL_FORMS: readonly string[] = [
  '股份有限公司', '股份有限公司', '股份有限公司', '有限公司', '有限公司', '企業社',
];

export const ENGLISH_FIRST: readonly string[] = [
  'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Proseware', 'Woodgrove',
  'Wingtip', 'Adatum', 'Lamna', 'Relecloud', 'Alpine', 'Coho', 'Lucerne', 'Trey',
];
export const ENGLISH_TRADE: readonly Industry[] = [
  { suffix: 'Traders', trade: '進出口貿易' },
  { suffix: 'Electronics', trade: '電子零組件' },
  { suffix: 'Industries', trade: '綜合製造' },
  { suffix: 'Components', trade: '精密加工' },
  { suffix: 'Foods', trade: '食品加工' },
  { suffix: 'Plastics', trade: '塑膠製品' },
  { suffix: 'Logistics', trade: '運輸倉儲' },
];
export const ENGLISH_FORMS: readonly string[] = ['Ltd.', 'Inc.', 'Co., Ltd.', 'Corp.', 'Pte. Ltd.', 'GmbH'];
/** Overseas addresses with their country calling codes. */
export const ENGLISH_ADDRESSES: ReadonlyArray<{ address: string; callingCode: string }> = [
  { address: '18 Harbour Road, Wan Chai, Hong Kong', callingCode: '852' },
  { address: '1 Raffles Place #20-01, Singapore 048616', callingCode: '65' },
  { address: '250 Queen Street, Auckland 1010, New Zealand', callingCode: '64' },
  { address: '4-1-1 Shibaura, Minato-ku, Tokyo 108-0023, Japan', callingCode: '81' },
  { address: '900 Market Street, San Francisco, CA 94102, USA', callingCode: '1' },
  { address: 'Königstraße 12, 70173 Stuttgart, Germany', callingCode: '49' },
  { address: '45 Collins Street, Melbourne VIC 3000, Australia', callingCode: '61' },
];
export const ENGLISH_PEOPLE: readonly string[] = [
  'Nancy Davolio', 'Andrew Fuller', 'Janet Leverling', 'Margaret Peacock', 'Steven Buchanan',
  'Michael Suyama', 'Robert King', 'Laura Callahan', 'Anne Dodsworth', 'Kim Abercrombie',
];

export const SURNAMES: readonly string[] = [
  '陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊', '許', '鄭', '謝', '郭', '洪', '曾', '周', '賴', '徐', '葉',
];
export const GIVEN_CHARS: readonly string[] = [
  '志', '明', '俊', '傑', '建', '宏', '家', '豪', '淑', '芬', '美', '玲', '文', '雄', '國', '華', '信', '義', '雅', '婷', '正', '德', '育', '誠',
];

export const ROADS: readonly string[] = [
  '中山路', '中正路', '民生路', '建國路', '復興路', '光復路', '和平路', '自強路', '工業路', '科技路', '民族路', '成功路',
];

export const BANKS_TW: readonly string[] = ['臺灣銀行', '第一銀行', '華南銀行', '彰化銀行', '合作金庫', '國泰世華', '玉山銀行', '中國信託'];
export const BANKS_CN: readonly string[] = ['中國銀行', '工商銀行', '建設銀行', '招商銀行', '交通銀行'];
export const BANKS_INTL: readonly string[] = ['HSBC', 'Standard Chartered', 'Citibank', 'DBS Bank'];
