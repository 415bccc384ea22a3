/**
 * Networks where anyone can rent a server by the hour: clouds, VPS and dedicated-server hosts. The IP data has no
 * "hosting" label, so this short list is ours. It feeds one narrow judgement (checks/origin-network.ts): the machine
 * that *logged in* to a mail account to send sits in one of these networks.
 *
 * What is deliberately left out:
 * - Google's main AS15169: it carries Gmail, whose "Send mail as" logs in to the user's other provider's SMTP server
 *   from Google's own servers — an authenticated submission from AS15169 is an ordinary user. Google Cloud's
 *   AS396982 is where rented Google VMs live.
 * - Tencent's AS45090 for the same reason (QQ Mail sends through other providers' accounts from it); its cloud's
 *   AS132203 is listed.
 * - Corporate VPN and proxy clouds (Zscaler, Cloudflare, Netskope): people at work log in through them every day.
 * - ISPs and mobile carriers: home and office lines are what a real login comes from.
 * Known caveat kept in: Microsoft's AS8075 is Azure, but Outlook for iOS/Android and the new Outlook for Windows also
 * sync other providers' accounts (and send) from Microsoft's cloud — the check's wording allows for that.
 *
 * `source`: where the AS number → provider link comes from. "PeeringDB" = the network's record at
 * https://www.peeringdb.com/asn/<n>; every name below was also checked against the org name in
 * @ip-location-db/asn (data of 2026-06-17). "common knowledge, unverified" where that is all there is.
 */

export interface HostingNetwork {
  asn: number;
  provider: string;
  source: string;
}

/** @internal a test checks every entry has its source */
export const HOSTING_NETWORKS: readonly HostingNetwork[] = [
  { asn: 8075, provider: 'Microsoft Azure', source: 'PeeringDB AS8075 (Microsoft); data: Microsoft Corporation' },
  { asn: 16509, provider: 'Amazon Web Services', source: 'PeeringDB AS16509 (Amazon.com); data: Amazon.com, Inc.' },
  {
    asn: 14618,
    provider: 'Amazon Web Services (us-east-1)',
    source: 'PeeringDB AS14618 (Amazon.com); data: Amazon.com, Inc.',
  },
  { asn: 396982, provider: 'Google Cloud', source: 'PeeringDB AS396982 (Google Cloud Platform); data: Google LLC' },
  { asn: 14061, provider: 'DigitalOcean', source: 'PeeringDB AS14061; data: DigitalOcean, LLC' },
  { asn: 16276, provider: 'OVHcloud', source: 'PeeringDB AS16276; data: OVH SAS' },
  { asn: 24940, provider: 'Hetzner', source: 'PeeringDB AS24940; data: Hetzner Online GmbH' },
  {
    asn: 63949,
    provider: 'Akamai Connected Cloud (Linode)',
    source: 'PeeringDB AS63949 (Linode); data: Akamai Technologies, Inc.',
  },
  {
    asn: 20473,
    provider: 'Vultr (The Constant Company, formerly Choopa)',
    source: 'PeeringDB AS20473; data: The Constant Company, LLC',
  },
  { asn: 51167, provider: 'Contabo', source: 'PeeringDB AS51167; data: Contabo GmbH' },
  { asn: 40021, provider: 'Contabo (US)', source: 'data: Contabo Inc.; common knowledge, unverified' },
  {
    asn: 141995,
    provider: 'Contabo (Asia)',
    source: 'data: Contabo Asia Private Limited; common knowledge, unverified',
  },
  {
    asn: 45102,
    provider: 'Alibaba Cloud (international)',
    source: 'PeeringDB AS45102; data: Alibaba (US) Technology Co., Ltd.',
  },
  {
    asn: 37963,
    provider: 'Alibaba Cloud (China)',
    source: 'data: Hangzhou Alibaba Advertising Co.,Ltd.; common knowledge, unverified',
  },
  {
    asn: 132203,
    provider: 'Tencent Cloud',
    source: 'PeeringDB AS132203; data: Shenzhen Tencent Computer Systems Company Limited',
  },
  { asn: 31898, provider: 'Oracle Cloud', source: 'PeeringDB AS31898; data: Oracle Corporation' },
  { asn: 8560, provider: 'IONOS', source: 'PeeringDB AS8560; data: IONOS SE' },
  { asn: 60781, provider: 'Leaseweb (Netherlands)', source: 'PeeringDB AS60781; data: LeaseWeb Netherlands B.V.' },
  { asn: 16265, provider: 'Leaseweb', source: 'data: LeaseWeb Network B.V.; common knowledge, unverified' },
  {
    asn: 59253,
    provider: 'Leaseweb (Asia)',
    source: 'data: LEASEWEB SINGAPORE PTE. LTD.; common knowledge, unverified',
  },
  { asn: 9009, provider: 'M247', source: 'PeeringDB AS9009; data: M247 Europe SRL' },
  { asn: 9370, provider: 'SAKURA Internet', source: 'PeeringDB AS9370; data: SAKURA Internet Inc.' },
  { asn: 9371, provider: 'SAKURA Internet', source: 'data: SAKURA Internet Inc.; common knowledge, unverified' },
  { asn: 7684, provider: 'SAKURA Internet', source: 'data: SAKURA Internet Inc.; common knowledge, unverified' },
  {
    asn: 7506,
    provider: 'GMO Internet (ConoHa, お名前.com)',
    source: 'data: GMO Internet Group, Inc.; common knowledge, unverified',
  },
  { asn: 131965, provider: 'Xserver', source: 'data: Xserver Inc.; common knowledge, unverified' },
];

const BY_ASN: ReadonlyMap<number, HostingNetwork> = new Map(HOSTING_NETWORKS.map((n) => [n.asn, n]));

/** The hosting provider behind an AS number, when it is one where servers are rented out. */
export function hostingNetwork(asn: number | undefined): HostingNetwork | undefined {
  return asn === undefined ? undefined : BY_ASN.get(asn);
}
