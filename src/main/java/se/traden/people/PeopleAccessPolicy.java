package se.traden.people;

import static se.traden.shared.FunctionType.ADMINISTRATOR;
import static se.traden.shared.FunctionType.CASE_MANAGER;
import static se.traden.shared.FunctionType.INDIVIDUAL_COORDINATOR;
import static se.traden.shared.FunctionType.INTAKE_UNIT;
import static se.traden.shared.FunctionType.OUT_OF_HOURS;

import se.traden.shared.FunctionType;

/**
 * Which functions may do what with the person register. Everything not listed is refused and the
 * refusal logged (deny by default). The order is the order in which a person holding several of
 * them is said to act.
 *
 * <ul>
 *   <li>Register a child, and relate guardians and network persons to a child: the functions that
 *       meet a child's situation first or carry it — individual coordinator, case manager, intake
 *       unit and out-of-hours service.
 *   <li>Search, read and correct registered persons: the same functions, and the administrator, who
 *       corrects data (a misspelt name, a wrong number, a missing contact detail) but does not bring
 *       new children into the register.
 *   <li>Case officers and group managers get access bound to their cases in later work; reporters,
 *       the steering group and log auditors never see the register.
 * </ul>
 */
final class PeopleAccessPolicy {
    private static final FunctionType[] WORK_WITH_CHILDREN = {
        INDIVIDUAL_COORDINATOR, CASE_MANAGER, INTAKE_UNIT, OUT_OF_HOURS
    };
    private static final FunctionType[] WORK_WITH_CHILDREN_OR_CORRECT = {
        INDIVIDUAL_COORDINATOR, CASE_MANAGER, INTAKE_UNIT, OUT_OF_HOURS, ADMINISTRATOR
    };

    private PeopleAccessPolicy() {}

    static FunctionType[] mayRegister() {
        return WORK_WITH_CHILDREN.clone();
    }

    static FunctionType[] mayRelate() {
        return WORK_WITH_CHILDREN.clone();
    }

    static FunctionType[] maySearch() {
        return WORK_WITH_CHILDREN_OR_CORRECT.clone();
    }

    static FunctionType[] mayRead() {
        return WORK_WITH_CHILDREN_OR_CORRECT.clone();
    }

    static FunctionType[] mayUpdate() {
        return WORK_WITH_CHILDREN_OR_CORRECT.clone();
    }
}
