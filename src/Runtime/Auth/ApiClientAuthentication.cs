namespace SpecClient;

/// <summary>How the client authenticates itself to an OAuth 2.0 token endpoint (RFC 6749 section 2.3.1).</summary>
public enum ApiClientAuthentication
{
    /// <summary><c>client_secret_basic</c>: the client id and secret in an <c>Authorization: Basic</c> header (the default).</summary>
    ClientSecretBasic,

    /// <summary><c>client_secret_post</c>: the client id and secret as <c>client_id</c> and <c>client_secret</c> form fields.</summary>
    ClientSecretPost,
}
