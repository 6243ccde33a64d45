/** Same keys, any text: the English resources must mirror the Dutch ones key for key. */
export type Mirror<T> = { [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> };

export type Bilingual<T> = { nl: T; en: Mirror<T> };

export const defineMessages = <T>(nl: T, en: Mirror<T>): Bilingual<T> => ({ nl, en });
