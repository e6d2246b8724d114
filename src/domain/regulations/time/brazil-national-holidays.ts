import { type CivilDate, civilDateKey } from './civil-date';

/**
 * Brazilian national holidays fixed by federal law, for LGPD business days (Resolução CD/ANPD 15/2024 art. 6:
 * "três dias úteis"). Brazil does not move a holiday that falls on a weekend.
 *
 * Only the holidays in federal statute are skipped: Lei 662/1949 (as amended by Lei 10.607/2002), Lei 6.802/1980
 * (12 October) and Lei 14.759/2023 (20 November, from 2024). Carnival and Corpus Christi are only "ponto
 * facultativo" for federal staff, and Good Friday is a holiday declared by municipal law (Lei 9.093/1995 art. 2),
 * so they are counted as business days: ANPD may well be closed on them, but treating them as working days can
 * only make the deadline earlier, which is the conservative reading.
 */
const FIXED: ReadonlyArray<{ month: number; day: number; from?: number }> = [
  { month: 1, day: 1 }, // Confraternização Universal
  { month: 4, day: 21 }, // Tiradentes
  { month: 5, day: 1 }, // Dia do Trabalho
  { month: 9, day: 7 }, // Independência
  { month: 10, day: 12 }, // Nossa Senhora Aparecida (Lei 6.802/1980)
  { month: 11, day: 2 }, // Finados
  { month: 11, day: 15 }, // Proclamação da República
  { month: 11, day: 20, from: 2024 }, // Zumbi e da Consciência Negra (Lei 14.759/2023)
  { month: 12, day: 25 }, // Natal
];

export function isBrazilNationalHoliday(d: CivilDate): boolean {
  return FIXED.some((h) => h.month === d.month && h.day === d.day && (h.from === undefined || d.year >= h.from));
}

export function brazilNationalHolidaysIn(year: number): Set<string> {
  return new Set(
    FIXED.filter((h) => h.from === undefined || year >= h.from).map((h) =>
      civilDateKey({ year, month: h.month, day: h.day }),
    ),
  );
}
