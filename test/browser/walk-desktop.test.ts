// The story walked through on a desktop, in each language: see walk.ts.
import { walkOn } from './walk';

walkOn('desktop');
