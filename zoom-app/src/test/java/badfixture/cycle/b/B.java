package badfixture.cycle.b;

public class B {
    badfixture.cycle.a.A a;
}
