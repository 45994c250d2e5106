import type { Rule } from '../../rule';
import { abusiveRule } from './abusive';
import { clickbaitRule } from './clickbait';
import { hateRule } from './hate';
import { humorInTragedyRule } from './humor-in-tragedy';
import { insultRule } from './insult';
import { negativeRule } from './negative';
import { shoutingRule } from './shouting';
import { stiffRule } from './stiff';

export const TONE_RULES: readonly Rule[] = [abusiveRule, hateRule, insultRule, humorInTragedyRule, clickbaitRule, shoutingRule, negativeRule, stiffRule];
