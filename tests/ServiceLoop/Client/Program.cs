using ServiceLoop.Client.Api;

// Calls the service at the address given as the first argument and prints what it answered, one fact a line.
var client = TodoClient.Create(new TodoClientOptions { BaseAddress = new Uri(args[0]) });

var first = await client.GetTodoAsync(1);
Console.WriteLine($"get 1: {first.Id} {first.Title} done={first.Done}");

var created = await client.CreateTodoAsync(new NewTodo { Title = "Call it through the client" });
Console.WriteLine($"created: {created.Id} {created.Title} done={created.Done}");

var open = await client.ListTodosAsync(done: false);
Console.WriteLine($"open: {string.Join(",", open.Select(t => t.Id))}");

try
{
    await client.GetTodoAsync(999);
    Console.WriteLine("get 999: found");
}
catch (SpecClient.ApiNotFoundException ex)
{
    Console.WriteLine($"get 999: not found ({ex.StatusCode})");
}
