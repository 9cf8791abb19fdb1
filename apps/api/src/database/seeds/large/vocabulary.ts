/** Words the generated cases are written with: enough variety for full-text search to be selective. */

export const REGIONS: Readonly<Record<string, readonly string[]>> = {
  Europe: ['DE', 'FR', 'NL', 'PL', 'IT', 'ES', 'SE', 'IE', 'HU', 'RO'],
  'Middle East': ['IL', 'AE', 'SA', 'TR', 'JO', 'QA'],
  'North America': ['US', 'CA', 'MX'],
  'Latin America': ['BR', 'AR', 'CO', 'CL', 'PE'],
  Africa: ['NG', 'KE', 'ZA', 'EG', 'ET', 'MA'],
  'Asia Pacific': ['IN', 'JP', 'SG', 'ID', 'PH', 'VN', 'AU', 'KR'],
  'Central Asia': ['KZ', 'UZ', 'KG'],
};

export const PRODUCTS = [
  'cloud-storage',
  'ai-services',
  'compute',
  'networking',
  'support',
  'face-matching',
  'speech-to-text',
  'translation',
  'maps',
  'analytics',
] as const;

export const TAGS = [
  'government',
  'law-enforcement',
  'military',
  'press',
  'regulator',
  'export-control',
  'human-rights',
  'privacy',
  'repeat',
  'escalated',
  'cross-border',
  'minors',
] as const;

/** What a customer is alleged to be doing, as the opening of a title or an allegation. */
export const MISUSES = [
  'mass surveillance of residents',
  'tracking of journalists',
  'facial recognition at protests',
  'bulk interception of messages',
  'profiling of an ethnic minority',
  'location tracking of activists',
  'automated targeting of dissidents',
  'resale of biometric data',
  'scraping of personal profiles',
  'phishing infrastructure',
  'spam campaigns',
  'coordinated disinformation',
  'cryptocurrency mining on stolen credentials',
  'evasion of export controls',
  'harassment of a public figure',
  'fraudulent account creation',
  'unlicensed debt collection calls',
  'deceptive deepfake advertising',
  'covert voice cloning',
  'unauthorised emotion recognition at work',
] as const;

export const ORGANISATION_KINDS = [
  'Ministry of the Interior',
  'Ministry of Defence',
  'National Police',
  'City Council',
  'Border Agency',
  'Intelligence Directorate',
  'Telecom',
  'Analytics Ltd',
  'Media Group',
  'Security Solutions',
  'Data Brokers Inc',
  'Marketing Agency',
  'University',
  'Logistics',
  'Bank',
] as const;

export const UNIT_KINDS = [
  'Cyber Unit',
  'Signals Directorate',
  'Operations Centre',
  'Research Lab',
  'Procurement Office',
  'Analytics Team',
  'Field Office',
  'Special Projects',
] as const;

export const PLACES = [
  'Northbridge',
  'Eastmoor',
  'Port Ardent',
  'Valmere',
  'Castellan',
  'Redhaven',
  'Oskara',
  'Tamsin Bay',
  'Brightwater',
  'Kolvo',
  'Saint Ives Harbour',
  'Dunmore',
  'Aurelia',
  'Pinecrest',
  'Lowfield',
  'Marrow Hills',
] as const;

export const SOURCES = {
  press: ['The Ledger', 'Daily Courier', 'Investigative Weekly', 'Global Wire', 'The Observer Desk'],
  whistleblower: ['an employee of the customer', 'a former contractor', 'a partner engineer'],
  regulator: ['the data protection authority', 'the export control office', 'a parliamentary committee'],
  ngo: ['a digital rights NGO', 'a human rights watchdog', 'a press freedom group'],
  internal_monitoring: ['abuse detection telemetry', 'the trust and safety queue', 'billing anomaly alerts'],
  customer: ['another customer', 'a reseller', 'an affected end user'],
  other: ['an anonymous tip', 'a security researcher', 'a court filing'],
} as const;

export const FIRST_NAMES = [
  'Amira',
  'Bastian',
  'Chiara',
  'Dmitri',
  'Elena',
  'Farid',
  'Grace',
  'Hiroshi',
  'Ines',
  'Jonas',
  'Kemi',
  'Lucas',
  'Maya',
  'Nikolai',
  'Olga',
  'Pedro',
  'Quinn',
  'Rania',
  'Sven',
  'Tara',
  'Uma',
  'Viktor',
  'Wen',
  'Yusuf',
  'Zofia',
] as const;

export const LAST_NAMES = [
  'Adeyemi',
  'Brandt',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Varga',
] as const;

export const POLICY_DOCUMENTS = ['Acceptable Use Policy', 'AI Services Terms', 'Responsible AI Standard'] as const;

export const POLICY_TOPICS = [
  'Mass surveillance',
  'Unlawful tracking',
  'Biometric identification',
  'Harassment',
  'Fraud and deception',
  'Spam and abuse of infrastructure',
  'Export controls and sanctions',
  'Critical infrastructure attacks',
  'Child safety',
  'Privacy of personal data',
] as const;

export const EVIDENCE_TOPICS = [
  'API usage report',
  'Contract excerpt',
  'Press article',
  'Interview notes',
  'Telemetry summary',
  'Screenshot of dashboard',
  'Email thread',
  'Counsel memo',
  'Procurement record',
  'Network flow sample',
] as const;
