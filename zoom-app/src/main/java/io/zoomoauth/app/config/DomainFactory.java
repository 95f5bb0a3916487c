package io.zoomoauth.app.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.zoomoauth.domain.access.AccessTokenService;
import io.zoomoauth.domain.access.AccountTokenService;
import io.zoomoauth.domain.access.KeepAliveService;
import io.zoomoauth.domain.access.RefreshSettings;
import io.zoomoauth.domain.access.TokenEvents;
import io.zoomoauth.domain.access.ZoomApiAccess;
import io.zoomoauth.domain.authorization.AuthorizationRequestStore;
import io.zoomoauth.domain.authorization.CompleteAuthorizationService;
import io.zoomoauth.domain.authorization.OpenConnectLinkService;
import io.zoomoauth.domain.authorization.StartAuthorizationService;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.common.Sleeper;
import io.zoomoauth.domain.connect.ConnectSessionStore;
import io.zoomoauth.domain.connect.ConnectSessionsService;
import io.zoomoauth.domain.connect.ReturnUrlAllowList;
import io.zoomoauth.domain.connections.ConnectionDirectory;
import io.zoomoauth.domain.connections.ConnectionsService;
import io.zoomoauth.domain.connections.DeauthorizationService;
import io.zoomoauth.domain.connections.ProcessedEventStore;
import io.zoomoauth.domain.grant.DeletionRecords;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.PendingRotationJournal;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.idempotency.IdempotencyStore;
import io.zoomoauth.domain.idempotency.IdempotentRequestsService;
import io.zoomoauth.domain.listings.UserListingsService;
import io.zoomoauth.domain.listings.ZoomUserListingPort;
import io.zoomoauth.domain.meetings.MeetingsService;
import io.zoomoauth.domain.meetings.ZoomMeetingsPort;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import io.zoomoauth.domain.profile.ProfileService;
import io.zoomoauth.domain.proxy.ProxyZoomService;
import io.zoomoauth.domain.proxy.ZoomProxyPort;
import io.zoomoauth.domain.token.TokenPolicy;
import io.zoomoauth.domain.users.ZoomUsersPort;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Wires the plain-Java domain to the adapters. The domain carries no annotation; this factory is the only
 * place that knows both sides.
 */
@Factory
public class DomainFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    RandomSource randomSource() {
        return RandomSource.secure();
    }

    @Singleton
    Sleeper sleeper() {
        return Sleeper.threadSleep();
    }

    @Singleton
    TokenPolicy tokenPolicy(ServiceSettings settings) {
        return new TokenPolicy(settings.refreshSkew(), settings.keepAliveAge());
    }

    @Singleton
    RefreshSettings refreshSettings(ServiceSettings settings) {
        String instance = settings.instanceId() != null && !settings.instanceId().isBlank()
                ? settings.instanceId() : defaultInstanceId();
        return new RefreshSettings(settings.leaseTtl(), settings.leaseWaitPoll(), settings.leaseWaitMax(),
                settings.refreshBackoffMax(), instance.length() > 60 ? instance.substring(0, 60) : instance);
    }

    @Singleton
    AccessTokenService accessTokenService(GrantStore grants, ZoomOAuthPort oauth, TokenPolicy policy,
                                          RefreshSettings refresh, Clock clock, RandomSource random, Sleeper sleeper,
                                          TokenEvents events, PendingRotationJournal journal) {
        return new AccessTokenService(grants, oauth, policy, refresh, clock, random, sleeper, events, journal);
    }

    @Singleton
    AccountTokenService accountTokenService(@Nullable @Value("${zoom.s2s.account-id:}") String accountId,
                                            ZoomCredentialsStatus credentials, ZoomOAuthPort oauth,
                                            ServiceSettings settings, TokenPolicy policy, Clock clock) {
        Optional<ZoomAccountId> account = credentials.serverToServerConfigured()
                ? Optional.of(new ZoomAccountId(accountId.trim())) : Optional.empty();
        return new AccountTokenService(account, oauth, policy, clock, settings.refreshBackoffMax());
    }

    @Singleton
    ZoomApiAccess zoomApiAccess(AccessTokenService tokens, AccountTokenService account, DeletionRecords deletions) {
        return new ZoomApiAccess(tokens, account, deletions);
    }

    @Singleton
    StartAuthorizationService startAuthorization(AuthorizationRequestStore requests, ZoomOAuthPort oauth,
                                                 ServiceSettings settings, Clock clock, RandomSource random,
                                                 @Value("${zoom.authorization.max-pending:10000}") long maxPending) {
        return new StartAuthorizationService(requests, oauth, settings.redirectUri(), clock, random, maxPending);
    }

    @Singleton
    CompleteAuthorizationService completeAuthorization(AuthorizationRequestStore requests, ConnectSessionStore sessions,
                                                       ZoomOAuthPort oauth, ZoomUsersPort users, GrantStore grants,
                                                       AccessTokenService tokens, Clock clock) {
        return new CompleteAuthorizationService(requests, sessions, oauth, users, grants, tokens, clock);
    }

    /** Eager, so a malformed ZOOM_CONNECT_RETURN_URLS or ZOOM_PUBLIC_URL stops start-up instead of a request. */
    @Context
    ConnectSessionsService connectSessions(ConnectSessionStore sessions, ConnectSettings connect,
                                           ServiceSettings settings, Clock clock, RandomSource random) {
        connect.publicBase(settings.redirectUri());
        return new ConnectSessionsService(sessions, new ReturnUrlAllowList(connect.returnUrlsOrEmpty()),
                connect.sessionTtl(), clock, random);
    }

    @Singleton
    OpenConnectLinkService openConnectLink(ConnectSessionStore sessions, StartAuthorizationService start, Clock clock) {
        return new OpenConnectLinkService(sessions, start, clock);
    }

    @Singleton
    ConnectionsService connections(GrantStore grants, ConnectionDirectory directory, ZoomOAuthPort oauth,
                                   AccessTokenService tokens, Clock clock) {
        return new ConnectionsService(grants, directory, oauth, tokens, clock);
    }

    @Singleton
    DeauthorizationService deauthorization(GrantStore grants, ConnectionDirectory directory, ProcessedEventStore events,
                                           AccessTokenService tokens, Clock clock) {
        return new DeauthorizationService(grants, directory, events, tokens, clock);
    }

    @Singleton
    MeetingsService meetings(ZoomApiAccess access, ZoomMeetingsPort meetings) {
        return new MeetingsService(access, meetings);
    }

    /** Every per-user Zoom list the adapters read ({@code ZoomUserListingPort} beans), behind one use case. */
    @Singleton
    UserListingsService userListings(ZoomApiAccess access, List<ZoomUserListingPort<?>> listings) {
        return new UserListingsService(access, listings);
    }

    @Singleton
    ProfileService profile(ZoomApiAccess access, ZoomUsersPort users) {
        return new ProfileService(access, users);
    }

    /** What may block in a proxied call (the store, a refresh, the 124 retry) runs on the bounded blocking executor. */
    @Singleton
    ProxyZoomService proxy(ZoomApiAccess access, ZoomProxyPort zoom,
                           @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        return new ProxyZoomService(access, zoom, blocking);
    }

    @Singleton
    IdempotentRequestsService idempotentRequests(IdempotencyStore store, IdempotencyProperties properties, Clock clock,
                                                 Sleeper sleeper) {
        return new IdempotentRequestsService(store, properties.settings(), clock, sleeper);
    }

    @Singleton
    KeepAliveService keepAlive(GrantStore grants, AccessTokenService tokens, TokenPolicy policy, Clock clock,
                               Sleeper sleeper, @Value("${zoom.keep-alive.batch-size:50}") int batchSize,
                               @Value("${zoom.keep-alive.pause:500ms}") Duration pause) {
        return new KeepAliveService(grants, tokens, policy, batchSize, pause, clock, sleeper);
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "host";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
