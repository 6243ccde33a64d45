let counter = 0;

/** A name no other throw-away row has (rows of parallel attempts must not meet each other). */
export const nextName = (): string => `${Date.now().toString(36)}-${++counter}`;
