/** Fixed facts about the project and the corpus it serves: no configuration, nothing read from the environment. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root: two levels above this file (`src/shared/` or `dist/shared/`). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The official NITRD zip of every submission's PDF. */
export const OFFICIAL_ZIP_URL = 'https://files.nitrd.gov/90-fr-9088/90-fr-9088-combined-responses.zip';
/** Where the official PDFs are published, one per submission id. */
export const OFFICIAL_PDF_BASE = 'https://files.nitrd.gov/90-fr-9088/';
