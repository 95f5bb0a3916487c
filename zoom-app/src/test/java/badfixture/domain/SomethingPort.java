package badfixture.domain;

public interface SomethingPort {
    void call();
}
