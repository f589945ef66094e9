package ua.zalik.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.Function;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.OriginSslPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancerRedirectConfig;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * What the world sees: CloudFront serves the dashboard from a private S3 bucket (origin access control) and sends
 * {@code /api/*} and {@code /telegram/*} to the ALB, whose HTTPS listener carries the given certificate.
 */
final class Edge extends Construct {

    static final List<String> APP_PATHS = List.of("/api/*", "/telegram/*");

    final ApplicationLoadBalancer alb;
    final ApplicationListener https;
    final Bucket dashboard;
    final Distribution distribution;

    Edge(Construct scope, String id, Settings settings, Network network, AccessLogs logs) {
        super(scope, id);
        alb = ApplicationLoadBalancer.Builder.create(this, "Alb")
                .vpc(network.vpc)
                .internetFacing(true)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
                .securityGroup(network.albHttps)
                .dropInvalidHeaderFields(true)
                .deletionProtection(settings.production())
                .build();
        alb.addSecurityGroup(network.albHttp);
        alb.logAccessLogs(logs.bucket, "alb");

        https = alb.addListener("Https", BaseApplicationListenerProps.builder()
                .port(443).protocol(ApplicationProtocol.HTTPS)
                .certificates(List.of(ListenerCertificate.fromArn(settings.certificateArn())))
                .sslPolicy(SslPolicy.RECOMMENDED_TLS)
                .open(false)
                .defaultAction(ListenerAction.fixedResponse(404))
                .build());
        // 80 -> 443; open(false): the albHttp group already lets CloudFront in, and nobody else
        alb.addRedirect(ApplicationLoadBalancerRedirectConfig.builder().open(false).build());

        dashboard = Bucket.Builder.create(this, "Dashboard")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .versioned(true)
                .serverAccessLogsBucket(logs.bucket)
                .serverAccessLogsPrefix("dashboard/")
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        HttpOrigin app = HttpOrigin.Builder.create(settings.apiDomainName())
                .protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY)
                .originSslProtocols(List.of(OriginSslPolicy.TLS_V1_2))
                .readTimeout(Duration.seconds(30))
                .build();
        BehaviorOptions toApp = BehaviorOptions.builder()
                .origin(app)
                .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
                .allowedMethods(AllowedMethods.ALLOW_ALL)
                .cachePolicy(CachePolicy.CACHING_DISABLED)
                // cookies, query, the Telegram secret header; Host becomes the ALB's name, which its certificate covers
                .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
                .build();

        distribution = Distribution.Builder.create(this, "Cdn")
                .comment("Zalik " + settings.environment())
                .defaultRootObject("index.html")
                .httpVersion(HttpVersion.HTTP2_AND_3)
                .priceClass(PriceClass.PRICE_CLASS_100)
                .enableLogging(true)
                .logBucket(logs.bucket)
                .logFilePrefix("cloudfront/")
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(dashboard))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .functionAssociations(List.of(FunctionAssociation.builder()
                                .eventType(FunctionEventType.VIEWER_REQUEST)
                                .function(spaRoutes()).build()))
                        .build())
                .additionalBehaviors(Map.of(APP_PATHS.get(0), toApp, APP_PATHS.get(1), toApp))
                .build();

        Nag.suppress(distribution, "AwsSolutions-CFR1", "a school platform for Ukrainian schools; users travel, "
                + "so no geo restriction");
        Nag.suppress(distribution, "AwsSolutions-CFR2", "no WAF yet: the API throttles logins itself and the webhook "
                + "checks Telegram's secret header; revisit when traffic warrants the cost");
        Nag.suppress(distribution, "AwsSolutions-CFR4", "viewers use the default *.cloudfront.net certificate, "
                + "where CloudFront does not allow pinning the minimum TLS version");
    }

    /** Routes of the single-page dashboard (no dot in the last segment) get index.html; files pass as they are. */
    private Function spaRoutes() {
        return Function.Builder.create(this, "SpaRoutes")
                .runtime(FunctionRuntime.JS_2_0)
                .code(FunctionCode.fromInline("""
                        function handler(event) {
                          var request = event.request;
                          var last = request.uri.split('/').pop();
                          if (last.indexOf('.') === -1) { request.uri = '/index.html'; }
                          return request;
                        }
                        """))
                .build();
    }
}
