namespace Lotse.Web.Infrastructure.Http;

/// <summary>
/// Security headers on every response, and no caching anywhere: nearly every page of Lotse shows
/// personal data, so "no-store" is the default rather than something each page must remember.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";

    // The API reference page (Scalar) needs inline script and styles; it shows no personal data.
    private const string ApiReferenceCsp =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-referenz") ? ApiReferenceCsp : Csp;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!IsStaticAsset(context.Request.Path))
            {
                h.CacheControl = "no-store";
                h.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/lib") || path.StartsWithSegments("/favicon.ico");
}
