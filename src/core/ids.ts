import { z } from 'zod';

/** Every entity id is a UUID; anything else is refused at the edge with a field message. */
export const idSchema = z.uuid();
export type Id = z.infer<typeof idSchema>;

export const isId = (value: unknown): value is string => idSchema.safeParse(value).success;
