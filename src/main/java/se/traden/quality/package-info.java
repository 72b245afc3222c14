/**
 * The unit's systematic quality work (SOSFS 2011:9, 5 kap.): deviations raised by the unit, often from an
 * after action review, analysed, given improvement actions with owner and date and followed up; the risk
 * analysis of the operation, which names steps of the process and never a person; and the year's record
 * of both for the annual quality report ({@link se.traden.quality.QualityRegister}).
 */
package se.traden.quality;
