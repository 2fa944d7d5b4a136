/** The one way a server action runs: see runAction. */
export { runAction, signedOutAnswer, WORKSPACE, type ActionFailure, type ActionOptions, type Revalidation } from "./run-action";
export { customIssueOrMalformed, firstIssue, issuesByField, malformed, type InvalidInputAnswer } from "./invalid-input";
