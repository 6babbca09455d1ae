// Helpers the case files share, so their sources and addresses are written one way.

/**
 * Where victims send privacy requests. The sources do not give these addresses, so they are
 * made up, and made to look made up: the reserved `.example` domain (RFC 2606) and the place
 * "Voorbeeldstad". With them the demo's letters show a full address block; a real record uses
 * the organisation's own address.
 */
export const exampleContact = (mailbox: string, postBox: string, postcode: string) => ({
  email: `privacy@${mailbox}.example`,
  postalAddress: `Postbus ${postBox}, ${postcode} Voorbeeldstad`,
});

/** The Tweede Kamer answers cited as a source, given without an address. */
export const kamervragen = {
  kind: 'parliament',
  url: null,
} as const;
