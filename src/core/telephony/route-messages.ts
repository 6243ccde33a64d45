import { defineTexts } from '../messages/texts';

/** Issues of incoming routes. */
export const ROUTE_ISSUES = defineTexts({
  route_name_taken: {
    nl: 'is al de naam van een andere inkomende route van deze klant',
    en: 'is already the name of another incoming route of this customer',
  },
  route_site_enterprise_wide: {
    nl: 'een locatiebeheerder maakt alleen routes voor de eigen locaties',
    en: 'a site admin makes routes for its own sites only',
  },
  route_number_kind: {
    nl: 'een inkomende route krijgt een vast nummer (geografisch, 085/088, 0800 of 090x), geen mobiel nummer',
    en: 'an incoming route gets a fixed number (geographic, 085/088, 0800 or 090x), not a mobile number',
  },
  route_to_itself: {
    nl: 'is het nummer van deze route zelf',
    en: "is this route's own number",
  },
  route_needs_schedule: {
    nl: 'kies eerst een tijdschema: zonder tijdschema is de route altijd open',
    en: 'choose a schedule first: without one the route is always open',
  },
  route_destination_barred: {
    nl: 'de belrestricties van de klant staan dit nummer niet toe ({barredBy}), dus een route er ook niet naartoe',
    en: "the customer's call restrictions do not allow this number ({barredBy}), so neither does a route to it",
  },
  restrictions_bar_routes: {
    nl: 'Deze belrestricties zouden de bestemming van {count} inkomende route(s) blokkeren: {routes}. Pas die eerst aan.',
    en: 'These call restrictions would bar the destination of {count} incoming route(s): {routes}. Change those first.',
  },
  route_closure_unknown: {
    nl: 'is geen sluiting van het gekozen tijdschema',
    en: 'is not a closure of the chosen schedule',
  },
});
