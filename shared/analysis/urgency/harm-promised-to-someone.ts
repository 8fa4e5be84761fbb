import { rule, type UrgencyRule } from './types';

/*
 * A violent harm promised to someone in the passive, "X is gonna get his throat cut" (u48c's leftover of att46: "that
 * filthy paki is gonna get his throat cut, i swear" was calm; "he's gonna get stabbed if he keeps talking" went to the
 * owner of harassment by the learned model alone). The threat rules read "I'll cut his throat"; the same promise told
 * as what will happen to him is a threat too, for whoever owns threats.
 *
 * Only harms that are violence and nothing else: a throat cut or slit, a head kicked in, stabbed, shot, shanked,
 * jumped, beaten up. Not: "stabbed in the back" (a betrayal), "shot down" (an idea refused), "get a shot" (a jab),
 * "beat" alone (a game lost), killed (said of deadlines and rushes), a joke or a story ("lol", "in the game"), and the
 * writer's own hyperbole ("I'm gonna get shot for saying this") unless it is for telling ("if I report it").
 * English; folded text; every gap bounded.
 * Tests: test/unit/analysis/urgency-harm-promised-to-someone.test.ts.
 */

const HARM = String.raw`(?:(?:his|her|their|your|ur|yo|that) (?:throat (?:cut|slit|slashed)|head (?:kicked|bashed|caved|smashed|stomped) in|face (?:smashed|bashed|kicked|caved|stomped) in|legs? broken|kneecaps? (?:broken|busted|shot)|teeth knocked (?:in|out)|brains? blown out)|(?:stabbed|shanked|knifed)(?! in the back)|shot(?! down| at (?:a|the) (?:job|title|promotion|position))|jumped(?! (?:ahead|on|at|to|in line|the queue))|beat(?:en)? (?:up|down|to death|senseless)|capped|bodied|merked)`;
const FUTURE = String.raw`(?:'ll|ll|will|gonna|going to|gon|gunna|bout to|about to)`;
// A joke, a game or a story in the same sentence, or a harm that is the writer's own hyperbole.
const NOT_MEANT = String.raw`(?![^.!?\n]{0,60}\b(?:for saying|for this|for that|lol|lmao|haha\w*|jk|just kidding|in the (?:game|movie|film|show|match)|by (?:my|his|her|the|their) (?:wife|husband|mom|mum|mother|dad|father|boss|gf|bf|girlfriend|boyfriend|missus|coach|teacher))\b)`;
const NOT_THE_WRITER = String.raw`(?<!\b(?:i|im|i'm|i am|we|we're|we are|i'll|we'll|ill|well)\b[^.!?\n]{0,12})`;

export const ENGLISH_HARM_PROMISED_TO_SOMEONE: UrgencyRule[] = [
  rule('threat', String.raw`${NOT_THE_WRITER}\b${FUTURE} get ${HARM}\b${NOT_MEANT}`),
  // The writer's own, told as the price of telling: "I'm gonna get stabbed if I report him".
  rule(
    'threat',
    String.raw`\b(?:i|im|i'm|i am|we|we're|we are)\b[^.!?\n]{0,12}\b${FUTURE} get ${HARM}\b[^.!?\n]{0,30}\bif (?:i|we) (?:report|tell|snitch|talk|speak up|say (?:anything|something|a word)|go to (?:hr|the police|the cops|management|the union))\b`,
  ),
];
