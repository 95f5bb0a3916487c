package badfixture.cycle.a;

public class A {
    badfixture.cycle.b.B b;
}
