namespace SpecClient;

/// <summary>placeholder</summary>
public class ApiException : System.Exception
{
}
