import type { Rule } from '../../rule';
import { bankAccountRule } from './bank-account';
import { bpjsRule } from './bpjs';
import { credentialRule } from './credential';
import { emailRule } from './email';
import { exemptTopicRule } from './exempt-topic';
import { internalAddressRule } from './internal-address';
import { kkRule } from './kk';
import { markingRule } from './marking';
import { nikRule } from './nik';
import { npwpRule } from './npwp';
import { passportRule } from './passport';
import { paymentCardRule } from './payment-card';
import { phoneRule } from './phone';
import { victimIdentityRule } from './victim-identity';

export const CLASSIFIED_RULES: readonly Rule[] = [
  markingRule,
  nikRule,
  kkRule,
  npwpRule,
  phoneRule,
  emailRule,
  bankAccountRule,
  paymentCardRule,
  passportRule,
  bpjsRule,
  credentialRule,
  internalAddressRule,
  exemptTopicRule,
  victimIdentityRule,
];
