/** Money in cents to a millionth of a cent, so fractional prices add up without float dust (0.56 × 5 = 2.8). */
export const roundCents = (cents: number): number => Math.round(cents * 1e6) / 1e6;
