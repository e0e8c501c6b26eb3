package dev.tollgate.adapters.xray;

import com.google.protobuf.Message;
import dev.tollgate.adapters.xray.proto.proxyman.AlterInboundRequest;
import dev.tollgate.adapters.xray.proto.proxyman.AlterInboundResponse;
import dev.tollgate.adapters.xray.proto.stats.GetAllOnlineUsersRequest;
import dev.tollgate.adapters.xray.proto.stats.GetAllOnlineUsersResponse;
import dev.tollgate.adapters.xray.proto.stats.GetStatsOnlineIpListResponse;
import dev.tollgate.adapters.xray.proto.stats.GetStatsRequest;
import dev.tollgate.adapters.xray.proto.stats.QueryStatsRequest;
import dev.tollgate.adapters.xray.proto.stats.QueryStatsResponse;
import dev.tollgate.adapters.xray.proto.stats.SysStatsRequest;
import dev.tollgate.adapters.xray.proto.stats.SysStatsResponse;
import io.grpc.MethodDescriptor;
import io.grpc.protobuf.ProtoUtils;

/**
 * The unary RPCs we call, with full method names for one flavour. Built by hand instead of by a gRPC code generator
 * because the same messages are served under two service names.
 */
final class CoreMethods {

    static final String HANDLER_SERVICE = "xray.app.proxyman.command.HandlerService";
    static final String STATS_SERVICE = "xray.app.stats.command.StatsService";

    final String handlerService;
    final String statsService;
    final MethodDescriptor<AlterInboundRequest, AlterInboundResponse> alterInbound;
    final MethodDescriptor<QueryStatsRequest, QueryStatsResponse> queryStats;
    final MethodDescriptor<SysStatsRequest, SysStatsResponse> getSysStats;
    /** Xray v26.1.13+ only; V2Ray answers UNIMPLEMENTED. */
    final MethodDescriptor<GetAllOnlineUsersRequest, GetAllOnlineUsersResponse> getAllOnlineUsers;
    /** Xray v25.2.18+ only: the IPs a user is connected from now. */
    final MethodDescriptor<GetStatsRequest, GetStatsOnlineIpListResponse> getStatsOnlineIpList;
    /** Xray v25.6.7+ only: the core's inbounds with their tags and protocols. */
    final MethodDescriptor<dev.tollgate.adapters.xray.proto.proxyman.ListInboundsRequest,
            dev.tollgate.adapters.xray.proto.proxyman.ListInboundsResponse> listInbounds;

    private CoreMethods(CoreFlavour flavour) {
        handlerService = flavour.qualified(HANDLER_SERVICE);
        statsService = flavour.qualified(STATS_SERVICE);
        alterInbound = unary(handlerService, "AlterInbound",
                AlterInboundRequest.getDefaultInstance(), AlterInboundResponse.getDefaultInstance());
        queryStats = unary(statsService, "QueryStats",
                QueryStatsRequest.getDefaultInstance(), QueryStatsResponse.getDefaultInstance());
        getSysStats = unary(statsService, "GetSysStats",
                SysStatsRequest.getDefaultInstance(), SysStatsResponse.getDefaultInstance());
        getAllOnlineUsers = unary(statsService, "GetAllOnlineUsers",
                GetAllOnlineUsersRequest.getDefaultInstance(), GetAllOnlineUsersResponse.getDefaultInstance());
        getStatsOnlineIpList = unary(statsService, "GetStatsOnlineIpList",
                GetStatsRequest.getDefaultInstance(), GetStatsOnlineIpListResponse.getDefaultInstance());
        listInbounds = unary(handlerService, "ListInbounds",
                dev.tollgate.adapters.xray.proto.proxyman.ListInboundsRequest.getDefaultInstance(),
                dev.tollgate.adapters.xray.proto.proxyman.ListInboundsResponse.getDefaultInstance());
    }

    static CoreMethods of(CoreFlavour flavour) {
        return new CoreMethods(flavour);
    }

    private static <Q extends Message, R extends Message> MethodDescriptor<Q, R> unary(
            String service, String method, Q request, R response) {
        return MethodDescriptor.<Q, R>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(service, method))
                .setRequestMarshaller(ProtoUtils.marshaller(request))
                .setResponseMarshaller(ProtoUtils.marshaller(response))
                .build();
    }
}
