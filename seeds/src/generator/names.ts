import { withCheckDigits } from '@duaal/shared';
import type { Random } from './random.js';

// Fake but plausible Flemish names and identifiers. Numbers are unique by construction (sequence
// numbers), valid by the same mod-97 rules the import checks.

const FIRST_NAMES_MALE = [
  'Jan', 'Peter', 'Luc', 'Bart', 'Tom', 'Kris', 'Wim', 'Geert', 'Dirk', 'Koen', 'Stijn', 'Pieter', 'Jeroen', 'Steven', 'Filip',
  'Johan', 'Marc', 'Patrick', 'Frank', 'Hans', 'Joris', 'Wouter', 'Thomas', 'Kevin', 'Nick', 'Jens', 'Dries', 'Sander', 'Bram',
  'Tim', 'Ruben', 'Mohamed', 'Yusuf', 'Ahmed', 'Karel', 'Erik', 'Gert', 'Sven', 'Ward', 'Jasper',
];
const FIRST_NAMES_FEMALE = [
  'An', 'Els', 'Katrien', 'Sofie', 'Sarah', 'Inge', 'Veerle', 'Hilde', 'Griet', 'Lieve', 'Nathalie', 'Kathleen', 'Ann', 'Evelien',
  'Lotte', 'Elke', 'Karen', 'Nele', 'Sara', 'Eva', 'Leen', 'Ilse', 'Tine', 'Sien', 'Marieke', 'Anke', 'Fatima', 'Ayse', 'Charlotte',
  'Julie', 'Liesbeth', 'Kim', 'Joke', 'Linda', 'Martine', 'Heidi', 'Femke', 'Elien', 'Hanne', 'Laura',
];
const LAST_NAMES = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Lambert',
  'Dupont', 'Hermans', 'Aerts', 'Van den Bossche', 'Desmet', 'Vermeulen', 'Martens', 'Verhoeven', 'Van Damme', 'De Clercq',
  'Stevens', 'Michiels', 'Pauwels', 'Smets', 'De Vos', 'Verstraete', 'Leclercq', 'De Backer', 'Cools', 'Coppens', 'Bogaert',
  'Vandenberghe', 'Hendrickx', 'Segers', 'Van de Velde', 'Thijs', 'Declercq', 'Vermeersch', 'Devos', 'Baert', 'Van Hoof',
  'Verbeke', 'Mahieu', 'Lemmens', 'Wuyts', 'De Meyer', 'Gielen', 'Vanhove', 'Beerens', 'Cornelis', 'Dierckx', 'Geerts', 'Claeys',
  'Hoste', 'Van Acker', 'Vervoort', 'Dewulf', 'Bauwens', 'Yilmaz', 'El Amrani', 'Nuyts', 'Moens', 'Schepers', 'Verlinden',
];

/** What an enterprise of each partnership calls itself. */
const TRADE_BY_PARTNERSHIP: Record<string, string[]> = {
  AUTO: ['Garage', 'Carrosserie', 'Autobanden', 'Fietsen'],
  BEDIENDEN: ['Kantoor', 'Consult', 'Services'],
  BINNENVAART: ['Rederij', 'Scheepvaart'],
  BOUW: ['Bouwwerken', 'Aannemingen', 'Dakwerken', 'Schilderwerken', 'Tegelwerken'],
  CHEMIE: ['Chemicals', 'Kunststoffen', 'Pharma'],
  ELEKTRICIENS: ['Elektro', 'Elektriciteitswerken', 'Installaties'],
  GRAFISCHE: ['Drukkerij', 'Grafisch Atelier'],
  GROENE_SECTOREN: ['Tuinen', 'Hoveniers', 'Stoeterij', 'Kwekerij'],
  HAARTOOI: ['Kapsalon', 'Hair', 'Beauty', 'Fitness'],
  HANDEL_DETAILHANDEL: ['Supermarkt', 'Winkel', 'Retail'],
  HANDEL_VOEDINGSHANDEL: ['Voeding', 'Groothandel', 'Food'],
  HANDEL_ZELFSTANDIGE_KLEINHANDEL: ['Bakkerij', 'Slagerij', 'Boetiek', 'Winkel'],
  HORECA: ['Restaurant', 'Brasserie', 'Hotel', 'Taverne', 'Traiteur'],
  HOUTSECTOREN: ['Schrijnwerkerij', 'Interieur', 'Houtbewerking'],
  KLEDING: ['Confectie', 'Maatkleding'],
  LOKALE_BESTUREN: ['Gemeente', 'OCMW', 'Stad'],
  SOCIAL_PROFIT: ['Woonzorgcentrum', 'Kinderdagverblijf', 'Ziekenhuis', 'Vzw'],
  TECHNOLOGISCHE_INDUSTRIE: ['Metaalbouw', 'Constructie', 'Techniek', 'Engineering'],
  TEXTIEL: ['Weverij', 'Textiel'],
  TEXTIELVERZORGING: ['Wasserij', 'Droogkuis'],
  TRANSPORT: ['Transport', 'Logistics', 'Distributie'],
  VOEDINGSINDUSTRIE: ['Voedingsbedrijf', 'Brouwerij', 'Zuivel'],
  VLAAMS_PARTNERSCHAP: ['Schoonmaak', 'Bewaking', 'Services', 'Vastgoed'],
};
const LEGAL_SUFFIX = ['bv', 'nv', 'bv', 'bv', 'cv', 'vof'];

export interface PersonName {
  firstName: string;
  lastName: string;
  male: boolean;
}

export function personName(random: Random): PersonName {
  const male = random.chance(0.55);
  return { firstName: random.pick(male ? FIRST_NAMES_MALE : FIRST_NAMES_FEMALE), lastName: random.pick(LAST_NAMES), male };
}

export function enterpriseName(random: Random, partnership: string, municipality: string, legalForm: string): string {
  const trade = random.pick(TRADE_BY_PARTNERSHIP[partnership] ?? ['Onderneming']);
  if (legalForm === 'LOCAL_GOVERNMENT_FLANDERS' || legalForm === 'LOCAL_GOVERNMENT_BRUSSELS') return `${trade} ${municipality}`;
  if (legalForm === 'NON_PROFIT') return `${trade} ${random.pick(LAST_NAMES)} vzw`;
  return random.chance(0.5) ? `${trade} ${random.pick(LAST_NAMES)} ${random.pick(LEGAL_SUFFIX)}` : `${random.pick(LAST_NAMES)} ${trade} ${random.pick(LEGAL_SUFFIX)}`;
}

/** KBO enterprise number n: 10 digits starting with 0, valid check digits. */
export function enterpriseNumber(n: number): string {
  return withCheckDigits(String(400_000_00 + n * 7).padStart(8, '0').slice(-8).replace(/^./, '0'));
}

/** Establishment-unit number n: 10 digits starting with 2. */
export function establishmentNumber(n: number): string {
  return withCheckDigits(String(20_000_000 + n * 3));
}

/**
 * Rijksregisternummer consistent with the birth date: YYMMDD, a serial (odd for men, even for
 * women) and 97 − (number mod 97); births from 2000 prefix a 2 before the mod.
 */
export function nationalNumber(birthDate: string, serial: number, male: boolean): string {
  const yymmdd = birthDate.slice(2, 4) + birthDate.slice(5, 7) + birthDate.slice(8, 10);
  const base = (serial % 499) * 2 + 1 + (male ? 0 : 1);
  const nine = yymmdd + String(base).padStart(3, '0');
  const value = birthDate >= '2000' ? Number(`2${nine}`) : Number(nine);
  return nine + String(97 - (value % 97)).padStart(2, '0');
}
