package io.zoomoauth.app.startup;

/**
 * One reason the service cannot start: the setting to change and what to do, printed as one line. Never a
 * secret's value.
 *
 * @param variable the environment variable (or property) to change
 * @param whatToDo what is wrong with it and how to fix it
 */
public record StartupProblem(String variable, String whatToDo) {

    public String line() {
        return variable + ": " + whatToDo;
    }
}
