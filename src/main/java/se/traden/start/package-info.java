/** Each function's start page: where a person lands after login, with what their function does next. */
package se.traden.start;
