import type { Target } from './lexicon';
import type { PostType } from './post-type';

/**
 * What each kind of post is expected to carry when it is missing, most useful first. Coverage of
 * everything else is shown in the meters, not as findings: a clean post shows nothing to act on. A
 * team's config may replace any entry (`expectations` in the rule config).
 */
export const DEFAULT_EXPECTATIONS: Readonly<Record<PostType, readonly Target[]>> = {
  // A reply answers one person; a greeting wishes well. Neither is the place for a checklist.
  reply: [],
  greeting: [],
  other: [],
  // People in danger need to know where to call.
  emergency: ['responsiveness'],
  // A service or event: where to ask, and when and where it runs.
  service: ['responsiveness', 'transparency'],
  // A rule: its legal basis, and where to ask.
  policy: ['rule-of-law', 'responsiveness'],
  // A report of results stands on what it says; a team may ask more of it.
  report: [],
};
