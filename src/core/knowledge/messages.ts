import { defineTexts } from '../messages/texts';

/** Issues of knowledge (C6): trainings. */
export const KNOWLEDGE_ISSUES = defineTexts({});
