package dev.leakhunt.shop.http;

import dev.leakhunt.contract.text.ErrorText;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Keeps the acceptor alive when {@code accept()} fails, typically with "Too many open files"
 * (EMFILE): stops accepting for a second, then tries again, and says so in one line at most every
 * ten seconds. Without it the failure travels to the end of the server channel's pipeline, which
 * logs a stack trace per failed accept.
 *
 * <p>Nothing on this path may need a new file descriptor: no class loading from a jar and no lazy
 * loading of the time-zone rules by the log formatter (see {@code ShopLogging.prepare}), or the
 * acceptor's thread dies of the very shortage it reports.
 */
public final class AcceptFailurePause extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = Logger.getLogger(AcceptFailurePause.class.getName());
  private static final long PAUSE_MS = 1000;
  private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

  private Runnable resumeAccepting;
  private long lastLoggedNanos;
  private boolean loggedOnce;
  private long failuresSinceLog;

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    // Made here rather than on the failure path, which must not spin up a lambda class.
    resumeAccepting = () -> ctx.channel().config().setAutoRead(true);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ChannelConfig config = ctx.channel().config();
    if (config.isAutoRead()) {
      config.setAutoRead(false);
      ctx.executor().schedule(resumeAccepting, PAUSE_MS, TimeUnit.MILLISECONDS);
    }
    failuresSinceLog++;
    long now = System.nanoTime();
    if (!loggedOnce || now - lastLoggedNanos >= LOG_EVERY_NANOS) {
      LOG.warning(describe(cause, failuresSinceLog));
      loggedOnce = true;
      lastLoggedNanos = now;
      failuresSinceLog = 0;
    }
    // Not passed on: the pipeline's tail would log it again, with a stack trace.
  }

  /** The log line for {@code failures} failed accepts, the last one failing with {@code cause}. */
  public static String describe(Throwable cause, long failures) {
    return "cannot accept connections ("
        + ErrorText.typed(cause)
        + "; "
        + failures
        + " failed accepts since the last report); pausing accepts for "
        + PAUSE_MS
        + " ms each time (lower --max-connections or raise ulimit -n)";
  }
}
