package io.zoomoauth.app.web;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.security.Principal;
import java.util.Optional;

/**
 * Binds a {@code Principal} argument (the health endpoint's, for "details-visible: AUTHENTICATED") to the one
 * {@link ManagementAccessFilter} sets; without micronaut-security nothing else does.
 */
@Singleton
class PrincipalArgumentBinder implements TypedRequestArgumentBinder<Principal> {

    @Override
    public Argument<Principal> argumentType() {
        return Argument.of(Principal.class);
    }

    @Override
    public BindingResult<Principal> bind(ArgumentConversionContext<Principal> context, HttpRequest<?> source) {
        Optional<Principal> principal = source.getUserPrincipal();
        return () -> principal;
    }
}
