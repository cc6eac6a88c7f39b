/**
 * Where the payer's IP address was located: the bank's geolocation fields, named alike in records and in
 * every answer that carries them (000's operations, 001's P2P operations, 003's status, callbacks).
 */
export interface IpLocation {
  readonly ipCountry: string;
  readonly ipCity: string;
  readonly ipRegion: string;
  readonly ipDistrict: string;
  readonly ipLatitude: number;
  readonly ipLongitude: number;
}

/** An unknown location (empty names, 0 coordinates), as the documents print it. */
export const NO_IP_LOCATION: IpLocation = {
  ipCountry: '',
  ipCity: '',
  ipRegion: '',
  ipDistrict: '',
  ipLatitude: 0,
  ipLongitude: 0,
};

/**
 * The location fields of a record, for an answer.
 *
 * @example
 * const transaction = { id: p.id, ip: p.payerIp, ...ipLocationOf(p) };
 */
export function ipLocationOf(record: IpLocation): IpLocation {
  return {
    ipCountry: record.ipCountry,
    ipCity: record.ipCity,
    ipRegion: record.ipRegion,
    ipDistrict: record.ipDistrict,
    ipLatitude: record.ipLatitude,
    ipLongitude: record.ipLongitude,
  };
}
