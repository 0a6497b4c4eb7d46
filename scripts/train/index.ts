/** `npm run train`: every trainer, in sequence. Add a line per trainer. */
import { trainIncidents } from './incidents.js';

trainIncidents();
