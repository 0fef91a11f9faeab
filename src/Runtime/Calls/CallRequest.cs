using System;
using System.Net.Http;

namespace SpecClient.Internal;

/// <summary>
/// The request message of one generated-client call (<see cref="ApiCalls.CreateRequest(HttpMethod, string)"/>). It carries the call's
/// operation id and limits (<see cref="CallBudget"/>) in fields, where any other request keeps them in
/// <see cref="HttpRequestMessage.Options"/>: a call then allocates no options dictionary. Holds no secret.
/// </summary>
internal sealed class CallRequest : HttpRequestMessage
{
    public CallRequest(HttpMethod method, Uri? requestUri)
        : base(method, requestUri)
    {
    }

    // The route, or the pending bearer that carries the route too: one field, so a call's request is only 8 bytes larger.
    private object? _routeOrBearer;

    /// <summary>Gets or sets the operation's path template as the spec writes it (<c>/pools/{id}</c>) and its client's telemetry; never the filled-in path.</summary>
    public ApiRoute? Route
    {
        get => _routeOrBearer as ApiRoute ?? (_routeOrBearer as PendingBearer)?.Route;
        set
        {
            if (_routeOrBearer is PendingBearer bearer)
            {
                bearer.Route = value;
            }
            else
            {
                _routeOrBearer = value;
            }
        }
    }

    /// <summary>Gets or sets the OpenAPI operation id, set when the request is sent.</summary>
    public string? OperationId { get; set; }

    /// <summary>Gets or sets the call's limits, or <see langword="null"/> when none were started.</summary>
    public CallBudget? Budget { get; set; }

    /// <summary>Gets or sets when the call started, for a <see cref="Budget"/> shared by calls (a coarse-clock timestamp).</summary>
    public long BudgetStarted { get; set; }

    /// <summary>Gets or sets the bearer token the request gets when it is sent, or <see langword="null"/>.</summary>
    public PendingBearer? Bearer
    {
        get => _routeOrBearer as PendingBearer;
        set
        {
            ApiRoute? route = Route;
            if (value is not null)
            {
                value.Route = route;
                _routeOrBearer = value;
            }
            else
            {
                _routeOrBearer = route;
            }
        }
    }

    /// <summary>Records the operation id of the call that sends <paramref name="request"/>.</summary>
    public static void SetOperationId(HttpRequestMessage request, string operationId)
    {
        if (request is CallRequest call)
        {
            call.OperationId = operationId;
        }
        else
        {
            request.Options.Set(ApiResilience.OperationIdOption, operationId);
        }
    }

    /// <summary>Gets the operation id recorded for <paramref name="request"/>, if any.</summary>
    public static bool TryGetOperationId(HttpRequestMessage request, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? operationId)
    {
        if (request is CallRequest { OperationId: { } id })
        {
            operationId = id;
            return true;
        }

        return request.Options.TryGetValue(ApiResilience.OperationIdOption, out operationId);
    }

    /// <summary>Copies what this request carries in fields to the next hop of a redirect.</summary>
    public CallRequest NextHop(HttpMethod method, Uri requestUri) => new(method, requestUri) { OperationId = OperationId, Budget = Budget, BudgetStarted = BudgetStarted, Route = Route };
}
