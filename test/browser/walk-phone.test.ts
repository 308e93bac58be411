// The story walked through on a phone, in each language: see walk.ts.
import { walkOn } from './walk';

walkOn('phone');
