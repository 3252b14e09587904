import { contactDisplayName, type Contact } from '../model/contact';

const digits = (text: string) => text.replace(/\D/g, '');

/**
 * Does the typed text name this contact? Case-insensitive substring of the name in either order
 * ("Garcia Ella", "Ella Garcia", "Garcia, Ella", "김민준"), the e-mail, or the phone number by its
 * digits ("010 1234" finds "+82 10-1234-5678" only when three or more digits were typed).
 */
export function contactMatches(contact: Pick<Contact, 'firstName' | 'lastName' | 'email' | 'phone'>, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (!needle) return false;
  const first = contact.firstName.toLowerCase();
  const last = contact.lastName.toLowerCase();
  const names = [contactDisplayName(contact).toLowerCase(), `${first} ${last}`, `${last} ${first}`, `${last}, ${first}`];
  if (names.some((name) => name.includes(needle))) return true;
  if ((contact.email ?? '').toLowerCase().includes(needle)) return true;
  const typed = digits(needle);
  // Only a number-like needle searches phones: "Ella 2" must not match every phone with a 2.
  if (typed.length < 3 || typed.length < needle.replace(/[\s()+\-.]/g, '').length) return false;
  const phone = digits(contact.phone ?? '');
  // A local number typed with its leading 0 matches the international form ("010…" ~ "+82 10…").
  return phone.includes(typed) || (typed.startsWith('0') && phone.includes(typed.slice(1)));
}
