import type { QueryOf } from '../../lib/api-types';

/** The streamed export routes (documented in the OpenAPI document; read as a stream). */
export type ExportPath = '/api/v1/audit/export' | '/api/v1/actions/export';
export type ExportFormat = QueryOf<ExportPath, 'get'>['format'];
/** An export's filters: the query of its route without the format. */
export type ExportFilters<P extends ExportPath> = Omit<QueryOf<P, 'get'>, 'format'>;
