package dev.talkgraph.neo4j;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import java.nio.charset.StandardCharsets;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.connection.listener.ConnectionListener;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;

/**
 * Bolt over plain TCP only. Neo4j 5 has no setting to turn off Bolt over WebSocket: its TransportSelectionHandler
 * upgrades any connection that starts with "GET " to a WebSocket, whatever the Origin, so a web page in a local
 * browser could reach the port. This puts a handler in front of it on every new connection that closes one whose
 * first byte is not the Bolt preamble's (0x60) or a TLS record's (0x16), answering an HTTP request with 403.
 */
final class WebSocketRefusal implements ConnectorListener {
    private static final byte BOLT_PREAMBLE = 0x60;
    private static final byte TLS_HANDSHAKE = 0x16;
    private static final String FORBIDDEN =
            "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

    static void install(BoltServer bolt) {
        WebSocketRefusal refusal = new WebSocketRefusal();
        for (Connector<?> connector : bolt.getConnectors()) {
            connector.registerListener(refusal);
        }
    }

    @Override
    public void onConnectionCreated(Connection connection) {
        connection.registerListener(new ConnectionListener() {
            @Override
            public void onNetworkPipelineInitialized(ChannelPipeline pipeline) {
                pipeline.addFirst("talkgraphBoltOnly", new FirstByteCheck());
            }
        });
    }

    private static final class FirstByteCheck extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (message instanceof ByteBuf buffer && buffer.isReadable()) {
                byte first = buffer.getByte(buffer.readerIndex());
                if (first != BOLT_PREAMBLE && first != TLS_HANDSHAKE) {
                    buffer.release();
                    ctx.writeAndFlush(Unpooled.copiedBuffer(FORBIDDEN, StandardCharsets.US_ASCII))
                            .addListener(ChannelFutureListener.CLOSE);
                    return;
                }
                ctx.pipeline().remove(this);
            }
            ctx.fireChannelRead(message);
        }
    }
}
