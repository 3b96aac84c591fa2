// Customer records: registration, profile and the address book.

export type CustomerId = string & { readonly __brand: 'CustomerId' };

export enum LoyaltyTier {
  Lotus = 'lotus',
  Jade = 'jade',
  Gold = 'gold',
}

/**
 * A registered customer, as stored in the `customers` table.
 * Kept five years after the last order for tax audits.
 * @personalData identity.name, contact.email purpose=account retention=5y
 */
export interface Customer {
  id: CustomerId;
  displayName: string;
  email: string;
  /**
   * Mainland mobile number, also the login name.
   * @personalData contact.phon purpose=account
   */
  mobile: string;
  /**
   * Optional; used for 先生 / 女士 in greetings.
   * @personalData identity.gender basis=consent retention=3y
   */
  gender?: 'female' | 'male' | 'undisclosed';
  /** @personalData loyalty.tier purpose=account */
  tier: LoyaltyTier;
  /**
   * Template captured when the customer turns on face login.
   * @personalData biometric.face purpose=faceLogin basis=consent
   */
  faceTemplate?: Uint8Array;
  addresses: Address[];
  createdAt: Date;
}

/**
 * A saved shipping address.
 * @personalData identity.name, contact.phone, contact.address purpose=delivery retension=2y
 */
export interface Address {
  recipient: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  street: string;
  isDefault: boolean;
}

export interface CustomerStore {
  get(id: CustomerId): Promise<Customer | undefined>;
  /** @personalData contact.phone purpose=account */
  findByMobile(mobile: string): Promise<Customer | undefined>;
  save(customer: Customer): Promise<void>;
}

export class CustomerService {
  constructor(private readonly store: CustomerStore) {}

  /**
   * Looks a customer up by the mobile number typed on the login page.
   * @personalData contact.phone purpose=account
   */
  async findByMobile(mobile: string): Promise<Customer | undefined> {
    const normalised = mobile.replace(/[\s-]/g, '').replace(/^\+?86/, '');
    if (!/^1\d{10}$/.test(normalised)) return undefined;
    return this.store.findByMobile(normalised);
  }

  async addAddress(id: CustomerId, address: Address): Promise<Customer> {
    const customer = await this.store.get(id);
    if (!customer) throw new Error(`No customer ${id}`);
    const addresses = address.isDefault
      ? customer.addresses.map((a) => ({ ...a, isDefault: false }))
      : customer.addresses;
    const updated = { ...customer, addresses: [...addresses, address] };
    await this.store.save(updated);
    return updated;
  }

  /** Turns face login off and drops the stored template. */
  async disableFaceLogin(id: CustomerId): Promise<void> {
    const customer = await this.store.get(id);
    if (!customer?.faceTemplate) return;
    await this.store.save({ ...customer, faceTemplate: undefined });
  }
}
