/**
 * The action and change plan of a case: goals per life area with their actions, follow-ups and
 * evaluations, the child's and the guardians' views, a plan for difficulties; every revision kept and
 * comparable, and a plain-language copy for the family.
 */
package se.traden.plan;
