import { defineMessages } from '../define';

/**
 * The texts of the API's error and issue codes live in src/core/messages (Dutch and English, shown
 * by code through ui/error-text.ts). Here only what the portal says of its own.
 */
const nl = {
  errors: {
    codes: {
      network: 'De server is niet bereikbaar. Controleer uw verbinding.',
    },
  },
};

const en = {
  errors: {
    codes: {
      network: 'The server cannot be reached. Check your connection.',
    },
  },
};

export const messages = defineMessages(nl, en);
