/**
 * The built-in provider, and the default: the programme's staff issue invoices and record the payments
 * they receive (a bank transfer, a cheque) through the API. Nothing leaves the server, so it works
 * offline; partners pay outside the portal, or through the invoice's own hosted link when staff gave one.
 */
import { offline, SignatureRefused, type BillingProvider } from './provider.js';

export const manualProvider: BillingProvider = {
  id: 'manual',
  async createCustomer(customer) {
    return `manual_${customer.accountId}`;
  },
  async paymentLink() {
    throw offline('This programme records payments itself: pay by bank transfer, with the invoice number as the reference. The invoice is marked paid once the transfer is received.');
  },
  async portalLink() {
    throw offline('This programme records payments itself; there is no online payment account to manage.');
  },
  verifyEvent() {
    throw new SignatureRefused('The manual provider receives no events.');
  },
};
