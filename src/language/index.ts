/**
 * The language layer: one annotation of each sentence (tokens, lemmas, shapes, quantities, dates,
 * negation/modality scopes, named mentions) and the token-pattern rules that read it.
 */
export { annotate, annotateSentence, annotateTokens, guessLanguage, type AnnotatedSentence, type AnnotatedToken, type Annotation } from './annotate.js';
export { tokenize, lemmaOf, formOf, internal, ASCII_LOWER, type Token, type TextTokens, type WordForm } from './tokens.js';
export { tokenizeText, textTokens, tokenColumns, sentenceTokens } from './text-tokens.js';
export { loadRules, RuleSpec, type LoadedRules, type RuleMeta } from './rules.js';
export { Matcher, type Match, type CompiledRule } from './matcher.js';
export { findCues, type CueHit } from './cues.js';
export { splitSentences, type Sentence } from './sentences.js';
export { explicitDate, isCumulative, parseLooseDate, resolveSentenceDate, sentenceDater, type SentenceDater } from './dates.js';
export { findQuantities, mayHoldQuantity, type Quantity } from './numbers.js';
export { findEntities, findPeople } from './entities.js';
export { mapSpansBack, normalizeText, type NormalizedText } from './normalize.js';
