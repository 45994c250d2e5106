import type { Rule } from '../../rule';
import { accountability } from './accountability';
import { business } from './business';
import { consensus } from './consensus';
import { effectiveness } from './effectiveness';
import { equity } from './equity';
import { government } from './government';
import { participation } from './participation';
import { responsiveness } from './responsiveness';
import { ruleOfLaw } from './rule-of-law';
import { society } from './society';
import { strategicVision } from './strategic-vision';
import { transparency } from './transparency';

export const PILLAR_RULES: readonly Rule[] = [
  government,
  business,
  society,
  participation,
  ruleOfLaw,
  transparency,
  responsiveness,
  consensus,
  equity,
  effectiveness,
  accountability,
  strategicVision,
];
