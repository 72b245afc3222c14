package se.traden.demo;

import se.traden.shared.FunctionType;

/** A demo login: the README lists them. All share the password {@value DemoSeed#PASSWORD}. */
record DemoUser(String municipalityCode, String username, String name, FunctionType function, String functionName) {}
