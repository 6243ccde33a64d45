import { defineMessages } from '../../i18n/define';

const nl = {
  audit: {
    entityTypes: { device: 'Toestel', device_model: 'Toestelmodel' },
    actions: { credentials_regenerated: 'Nieuw SIP-wachtwoord' },
    eventFields: { line: 'Lijn', sipUsername: 'SIP-gebruikersnaam' },
    fields: {
      device: {
        siteId: 'Locatie',
        userId: 'Gebruiker',
        model: 'Model',
        mac: 'MAC-adres',
        iccid: 'ICCID',
        label: 'Naam',
        ownership: 'Eigendom',
        ownershipDate: 'Gehuurd of gekocht op',
        lineUserIds: 'Gebruikers van de lijnen',
      },
      device_model: {
        vendor: 'Merk',
        model: 'Model',
        kind: 'Soort',
        maxLines: 'Maximaal aantal lijnen',
        description: 'Omschrijving',
        active: 'Leverbaar',
      },
    },
  },
};

const en: typeof nl = {
  audit: {
    entityTypes: { device: 'Device', device_model: 'Device model' },
    actions: { credentials_regenerated: 'New SIP password' },
    eventFields: { line: 'Line', sipUsername: 'SIP username' },
    fields: {
      device: {
        siteId: 'Site',
        userId: 'User',
        model: 'Model',
        mac: 'MAC address',
        iccid: 'ICCID',
        label: 'Name',
        ownership: 'Ownership',
        ownershipDate: 'Rented or bought on',
        lineUserIds: 'Users of the lines',
      },
      device_model: {
        vendor: 'Vendor',
        model: 'Model',
        kind: 'Kind',
        maxLines: 'Maximum lines',
        description: 'Description',
        active: 'Supplied',
      },
    },
  },
};

export const deviceMessages = defineMessages(nl, en);
