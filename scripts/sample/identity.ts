/** Composes a customer's name, address, phone, principal, bank account and tax number. */
import { Rng } from './prng';
import {
  BANKS_CN, BANKS_INTL, BANKS_TW, CORE_WORDS, ENGLISH_ADDRESSES, ENGLISH_FIRST, ENGLISH_FORMS,
  ENGLISH_PEOPLE, ENGLISH_TRADE, GIVEN_CHARS, INDUSTRIES, LEGAL_FORMS, PLACES, ROADS, SURNAMES,
  type Industry, type Place,
} from './name-parts';

export interface Identity {
  name: string;
  address: string;
  phone: string;
  trade: string;
  principal: string;
  bankAccount: string;
  taxId: string;
}

const digits = (rng: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
};

function chineseIdentity(rng: Rng, used: Set<string>): Identity {
  let name: string;
  let place: Place;
  let industry: Industry;
  do {
    place = rng.pick(PLACES);
    industry = rng.pick(INDUSTRIES);
    const withPlace = rng.chance(0.6);
    name = `${withPlace ? place.prefix : ''}${rng.pick(CORE_WORDS)}${industry.suffix}${rng.pick(LEGAL_FORMS)}`;
  } while (used.has(name));
  used.add(name);

  const district = rng.pick(place.districts);
  const road = rng.pick(ROADS);
  const section = rng.chance(0.3) ? `${rng.pick(['一', '二', '三'])}段` : '';
  const address = `${place.city}${district}${road}${section}${rng.int(1, 388)}號`;
  const tw = place.region === 'TW';
  // Taipei, Taichung and the mainland cities have 8-digit local numbers, other Taiwan areas 7.
  const long = !tw || place.phoneArea === '02' || place.phoneArea === '04';
  const phone = `${place.phoneArea}-${rng.int(2, 8)}${digits(rng, long ? 3 : 2)}-${digits(rng, 4)}`;
  const principal = `${rng.pick(SURNAMES)}${rng.pick(GIVEN_CHARS)}${rng.pick(GIVEN_CHARS)}`;
  const bankAccount = tw
    ? `${rng.pick(BANKS_TW)} ${digits(rng, 3)}-${digits(rng, 2)}-${digits(rng, 6)}-${digits(rng, 1)}`
    : `${rng.pick(BANKS_CN)} 6222 ${digits(rng, 4)} ${digits(rng, 4)} ${digits(rng, 4)}`;
  // Taiwan 統一編號: 8 digits (kept as text, may start with 0); mainland 統一社會信用代碼: 18 characters.
  const taxId = tw ? digits(rng, 8) : `91${digits(rng, 6)}MA${rng.pick(['1', '5', '6'])}${rng.pick(['K', 'H', 'G', 'W'])}${digits(rng, 4)}${rng.pick(['X', 'Y', '3', '8'])}${digits(rng, 1)}`;
  return { name, address, phone, trade: industry.trade, principal, bankAccount, taxId };
}

function englishIdentity(rng: Rng, used: Set<string>): Identity {
  let name: string;
  let trade: Industry;
  do {
    trade = rng.pick(ENGLISH_TRADE);
    name = `${rng.pick(ENGLISH_FIRST)} ${trade.suffix} ${rng.pick(ENGLISH_FORMS)}`;
  } while (used.has(name));
  used.add(name);
  const place = rng.pick(ENGLISH_ADDRESSES);
  return {
    name,
    address: place.address,
    phone: `+${place.callingCode} ${rng.int(2, 9)}${digits(rng, 3)} ${digits(rng, 4)}`,
    trade: trade.trade,
    principal: rng.pick(ENGLISH_PEOPLE),
    bankAccount: `${rng.pick(BANKS_INTL)} ${digits(rng, 3)}-${digits(rng, 6)}-${digits(rng, 3)}`,
    taxId: `BRN ${digits(rng, 8)}`,
  };
}

/** About 8% English names, the rest Chinese. */
export function makeIdentity(rng: Rng, used: Set<string>): Identity {
  return rng.chance(0.08) ? englishIdentity(rng, used) : chineseIdentity(rng, used);
}
