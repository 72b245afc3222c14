/**
 * Vocabulary every module shares: the acting person, functions, typed ids, errors and the access-log
 * port. Open to all modules; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.traden.shared;
