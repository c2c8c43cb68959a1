package no.placetrain.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;

/**
 * No request body larger than {@code placetrain.http.max-body-size} (default 10 MB) is read, on
 * any path: both REST APIs, the webapps and their engine API. A body that declares a larger
 * {@code Content-Length} is answered 413 at once, unread. A body of unknown length (chunked) is
 * read through a counter that throws {@link BodyTooLargeException} as soon as it grows past the
 * limit (Camunda's REST API answers it 413 through {@code EngineRestExceptionMappers}, ours
 * through {@code ApiErrors}, which answers any {@link ResponseStatusException} with its status);
 * whatever the application answers then is discarded and this filter answers 413 itself,
 * complete and sized, so that the answer arrives although the container closes the connection
 * with the rest of the body unread. The answer has the shape of the API addressed (Camunda's
 * {@code {type, message}}, our {@code {status, error, message, field}} under {@code /api}) and
 * names the limit. Nothing is changed: the call never reaches the engine with a body.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

  static final String TYPE = "InvalidRequestException";

  private final long maxBytes;
  private final String message;

  /** @param maxBodySize the largest body read */
  public BodySizeLimitFilter(DataSize maxBodySize) {
    this.maxBytes = maxBodySize.toBytes();
    this.message = "The request body is larger than the server accepts (" + readable(maxBodySize)
        + ", placetrain.http.max-body-size).";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(request, response);
      return;
    }
    if (declared >= 0) {
      // the container reads no more than the declared length
      chain.doFilter(request, response);
      return;
    }
    LimitedBodyRequest limited = new LimitedBodyRequest(request, maxBytes, message);
    try {
      chain.doFilter(limited, new DiscardedOnceExceeded(response, limited));
    } catch (IOException | ServletException | RuntimeException failure) {
      if (!limited.exceeded()) {
        throw failure;
      }
      // the body too large, unhandled on its way: answered below
    }
    if (limited.exceeded() && !response.isCommitted()) {
      response.reset();
      refuse(request, response);
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    JsonErrors.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TYPE, message);
  }

  private static String readable(DataSize size) {
    long bytes = size.toBytes();
    if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return size.toMegabytes() + " MB";
    }
    if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
      return size.toKilobytes() + " KB";
    }
    return bytes + " bytes";
  }

  /**
   * A request body read beyond the limit: answered 413 with its message by both APIs. A
   * {@link ResponseStatusException}, so that any Spring MVC handler answers it with its status.
   */
  public static final class BodyTooLargeException extends ResponseStatusException {

    BodyTooLargeException(String message) {
      super(HttpStatus.PAYLOAD_TOO_LARGE, message);
    }

    @Override
    public String getMessage() {
      return getReason();
    }
  }

  /**
   * The response, as long as the request's body is within the limit; once it is not, whatever the
   * application answers (its status, headers and body) is discarded, so that the filter answers
   * 413 itself with a complete, sized answer: the container closes the connection after it, with
   * the rest of the body unread.
   */
  static final class DiscardedOnceExceeded extends HttpServletResponseWrapper {

    private final LimitedBodyRequest request;
    private ServletOutputStream discard;
    private PrintWriter discardWriter;

    DiscardedOnceExceeded(HttpServletResponse response, LimitedBodyRequest request) {
      super(response);
      this.request = request;
    }

    private boolean discarding() {
      return request.exceeded();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!discarding()) {
        return super.getOutputStream();
      }
      if (discard == null) {
        discard = new ServletOutputStream() {
          @Override
          public void write(int b) {
            // discarded
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            // nothing is ever written
          }
        };
      }
      return discard;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!discarding()) {
        return super.getWriter();
      }
      if (discardWriter == null) {
        discardWriter = new PrintWriter(Writer.nullWriter());
      }
      return discardWriter;
    }

    @Override
    public void setStatus(int status) {
      if (!discarding()) {
        super.setStatus(status);
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      if (!discarding()) {
        super.sendError(status);
      }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (!discarding()) {
        super.sendError(status, message);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!discarding()) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!discarding()) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setContentType(String type) {
      if (!discarding()) {
        super.setContentType(type);
      }
    }

    @Override
    public void setContentLength(int length) {
      if (!discarding()) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!discarding()) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!discarding()) {
        super.flushBuffer();
      }
    }
  }

  /** The request with its body counted as it is read. */
  static final class LimitedBodyRequest extends HttpServletRequestWrapper {

    private final long maxBytes;
    private final String message;
    private ServletInputStream stream;
    private BufferedReader reader;
    private long read;
    private boolean exceeded;

    LimitedBodyRequest(HttpServletRequest request, long maxBytes, String message) {
      super(request);
      this.maxBytes = maxBytes;
      this.message = message;
    }

    boolean exceeded() {
      return exceeded;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream());
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }

    private void count(long bytes) {
      if (bytes > 0) {
        read += bytes;
        if (read > maxBytes) {
          exceeded = true;
          throw new BodyTooLargeException(message);
        }
      }
    }

    private final class Counting extends ServletInputStream {

      private final ServletInputStream in;

      Counting(ServletInputStream in) {
        this.in = in;
      }

      @Override
      public int read() throws IOException {
        int b = in.read();
        count(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        count(n);
        return n;
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    }
  }
}
